# Sourced by ./leerkring (and so by .ci/run): checks what the window and the UI tests need before
# Maven starts, and says in one line what is missing and how to install it on Debian or Ubuntu,
# instead of nine UnsatisfiedLinkErrors deep in the tests.
#   need_gtk            GTK 3, which SWT draws with
#   need_display        a screen for the window
#   need_display_or_xvfb  a screen or Xvfb for the UI tests

lk_say() {
  # Dutch unless the user's locale is English, like the application.
  case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
    en*) echo "$2" >&2 ;;
    *) echo "$1" >&2 ;;
  esac
}

need_gtk() {
  # No pipe into grep -q: under pipefail ldconfig's broken pipe would count as "missing".
  local libraries
  libraries=$(ldconfig -p 2>/dev/null || true)
  if [[ "$libraries" != *libgtk-3.so.0* ]] \
      && ! ls /usr/lib/*/libgtk-3.so.0 /usr/lib/libgtk-3.so.0 /usr/lib64/libgtk-3.so.0 >/dev/null 2>&1; then
    lk_say "Leerkring heeft GTK 3 nodig en dat ontbreekt: installeer het met 'sudo apt-get install libgtk-3-0'." \
      "Leerkring needs GTK 3, which is missing: install it with 'sudo apt-get install libgtk-3-0'."
    exit 1
  fi
}

need_display() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    lk_say "Er is geen scherm (DISPLAY is leeg): start Leerkring vanuit een bureaubladsessie, of gebruik de opdrachten zonder venster (./leerkring --help-commands)." \
      "There is no screen (DISPLAY is empty): start Leerkring from a desktop session, or use the commands without a window (./leerkring --help-commands)."
    exit 1
  fi
}

need_display_or_xvfb() {
  if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
    lk_say "De tests van het venster hebben een scherm of Xvfb nodig: installeer het met 'sudo apt-get install xvfb xauth'." \
      "The window's tests need a screen or Xvfb: install it with 'sudo apt-get install xvfb xauth'."
    exit 1
  fi
}
