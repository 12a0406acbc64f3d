#!/usr/bin/env bash
# Regenerates the EMF model code (bundles/*/src-gen) from the .ecore/.genmodel. Commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./releng/java-home.sh
./mvnw -B -q -f releng/emf-codegen/pom.xml package
