#!/usr/bin/env bash
# Builds the Microsoft Teams app package electrotutor-teams.zip (manifest.json, color.png, outline.png at its root)
# from the manifest template beside this script, validates it offline, and prints the path of the zip.
#
#   deployment/teams/package.sh [NAME=value ...]
#
# Each placeholder {{NAME}} of manifest.json is taken from an argument NAME=value, else from the environment variable
# NAME. Required:
#   MICROSOFT_APP_ID  the bot's app id: the Entra app registration's client id (SingleTenant) or the user-assigned
#                     managed identity's client id (UserAssignedMSI); the same value as the server's MicrosoftAppId
#   APP_ID_GUID       the Teams app's own id, a GUID you generate once (uuidgen) and keep for every later version
#   PUBLIC_HOST       the server's public host name, e.g. electrotutor.azurewebsites.net (the website URL)
#   PRIVACY_PAGE      host and path of the privacy statement, e.g. example.org/electrotutor/privacy
#   TERMS_PAGE        host and path of the terms of use, e.g. example.org/electrotutor/terms
# Optional: APP_VERSION (default 1.0.0; raise it for every upload), DEVELOPER_NAME (default ElectroTutor).
# OUTPUT_DIR (default deployment/teams/build) receives the filled manifest and the zip.
#
# Exit codes: 0 the package was built; 1 a value is missing or malformed, or the manifest is invalid;
# 2 a tool is missing (node with `npm ci --prefix deployment/teams`, zip).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

die() { echo "package.sh: $1" >&2; exit "${2:-1}"; }

for argument in "$@"; do
  case "$argument" in
    [A-Z]*=*) export "${argument%%=*}=${argument#*=}" ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unexpected argument '$argument' (expected NAME=value)" ;;
  esac
done

: "${APP_VERSION:=1.0.0}" "${DEVELOPER_NAME:=ElectroTutor}" "${OUTPUT_DIR:=$here/build}"
# A page may be given with its scheme; the template adds https:// itself.
for name in PRIVACY_PAGE TERMS_PAGE PUBLIC_HOST; do
  value="${!name:-}"
  case "$value" in
    http://*) die "$name must be served over https, got '$value'" ;;
    https://*) export "$name=${value#https://}" ;;
  esac
done

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
declare -A pattern=(
  [MICROSOFT_APP_ID]="$guid"
  [APP_ID_GUID]="$guid"
  [PUBLIC_HOST]='^[A-Za-z0-9.-]+(:[0-9]+)?$'
  [PRIVACY_PAGE]='^[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%/?=&+-]*)?$'
  [TERMS_PAGE]='^[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%/?=&+-]*)?$'
  [APP_VERSION]='^[0-9]+\.[0-9]+\.[0-9]+$'
  [DEVELOPER_NAME]='^[^"\\]{1,32}$'
)
names=(MICROSOFT_APP_ID APP_ID_GUID PUBLIC_HOST PRIVACY_PAGE TERMS_PAGE APP_VERSION DEVELOPER_NAME)

missing=()
for name in "${names[@]}"; do
  [ -n "${!name:-}" ] || missing+=("$name")
done
[ ${#missing[@]} -eq 0 ] || die "missing value(s): ${missing[*]} (give NAME=value or set the environment variable; see --help)"
for name in "${names[@]}"; do
  [[ "${!name}" =~ ${pattern[$name]} ]] || die "$name='${!name}' is not valid (expected ${pattern[$name]})"
done

command -v node >/dev/null 2>&1 || die "node is not on PATH (Debian: apt-get install nodejs npm)" 2
[ -d "$here/node_modules/@microsoft/app-manifest" ] || die "the validator is not installed: run npm ci --prefix deployment/teams" 2
command -v zip >/dev/null 2>&1 || die "zip is not on PATH (Debian: apt-get install zip)" 2

# Literal replacement: the values were checked above to hold no JSON-special characters, and bash's '&' expansion in
# replacements (patsub_replacement, bash 5.2) is turned off so that '&' in a URL stays itself.
shopt -u patsub_replacement 2>/dev/null || true
manifest="$(cat "$here/manifest.json")"
for name in "${names[@]}"; do
  manifest="${manifest//"{{$name}}"/${!name}}"
done

mkdir -p "$OUTPUT_DIR"
printf '%s\n' "$manifest" >"$OUTPUT_DIR/manifest.json"
cp "$here/color.png" "$here/outline.png" "$OUTPUT_DIR/"

if ! node "$here/validate-manifest.mjs" "$OUTPUT_DIR/manifest.json" >"$OUTPUT_DIR/validation.json"; then
  cat "$OUTPUT_DIR/validation.json" >&2
  die "$OUTPUT_DIR/manifest.json is not a valid Teams manifest (errors above); no package was written"
fi

zip_path="$OUTPUT_DIR/electrotutor-teams.zip"
rm -f "$zip_path"
(cd "$OUTPUT_DIR" && zip -q -X "$zip_path" manifest.json color.png outline.png)
echo "$zip_path"
