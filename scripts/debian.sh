# Sourced by start.sh and test.sh: install Debian packages that are missing, by name.
#   debian_install chromium fonts-noto-core
# Debian's chromium drives kaleido's PNG/SVG chart export and the browser test; fonts-noto-core draws Persian
# and Arabic. Needs root or sudo and apt-get; returns non-zero if it could not install.
debian_install() {
  local need=() pkg
  for pkg in "$@"; do
    case "$pkg" in
      chromium) [ -x /usr/bin/chromium ] || need+=(chromium) ;;
      fonts-noto-core) [ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core) ;;
      *) dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg") ;;
    esac
  done
  [ "${#need[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""
  if [ "$(id -u)" != 0 ]; then command -v sudo >/dev/null 2>&1 || return 1; sudo=sudo; fi
  echo "== installing Debian packages: ${need[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
}
