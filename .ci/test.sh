#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: installs what is missing (Chromium for the browser tests,
# PostgreSQL binaries for the integration tests, fonts, poppler-utils for PDF checks, rsyslog for SIEM delivery), builds once, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux-debian)." >&2
  exit 1
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c "import icalendar" 2>/dev/null || missing+=(python3-icalendar)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
command -v pdfsig >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v rsyslogd >/dev/null 2>&1 || [ -x /usr/sbin/rsyslogd ] || missing+=(rsyslog)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet build CompliancePortal.sln -nologo -v quiet

passed=0
failed=0
status=0
for project in Core.Tests Web.Tests IntegrationTests BrowserTests; do
  log="$(mktemp)"
  echo "== CompliancePortal.$project"
  if dotnet test "tests/CompliancePortal.$project" --no-build -nologo 2>&1 | tee "$log"; then :; else status=1; fi
  summary="$(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -1 || true)"
  if [ -z "$summary" ]; then
    echo "No test summary from CompliancePortal.$project: it did not run." >&2
    status=1
  else
    failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$summary")))
    passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$summary")))
  fi
  rm -f "$log"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
