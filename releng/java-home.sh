# Sourced by the scripts: selects a Java 21+ JDK for Maven/Tycho and the application.
# An explicit JAVA_HOME of 21+ wins; otherwise the newest JDK 21+ under /usr/lib/jvm is used.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in $(ls -d /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -V -r); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME=$candidate
      break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
      en*) echo "Leerkring needs Java 21 or newer and found none under /usr/lib/jvm: install one ('sudo apt-get install openjdk-21-jdk' on Ubuntu 24.04 or Debian 13, Temurin 21 elsewhere) or set JAVA_HOME to it." >&2 ;;
      *) echo "Leerkring heeft Java 21 of nieuwer nodig en vond er geen in /usr/lib/jvm: installeer er een ('sudo apt-get install openjdk-21-jdk' op Ubuntu 24.04 of Debian 13, elders Temurin 21) of zet JAVA_HOME erop." >&2 ;;
    esac
    exit 1
  fi
fi
export JAVA_HOME
