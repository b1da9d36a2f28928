#!/usr/bin/env bash
# The Word minutes as a reader gets them: the demo 组织生活会's .docx, downloaded as the demo
# secretary, rendered to PDF by LibreOffice and read back with poppler (.ci/minutes/check.py):
# every paragraph of the sample speech in order, every page numbered "— N —", the lines to
# sign on the last page, a serif body and sans headings; then a meeting given a JPEG 签到表 and
# a PDF shows the picture and both hashes on its 附件 page; then the demo 支部党员大会's 决议
# section: each motion, those due with a vote, 通过 twice and 未通过 once, the exclusion's
# approval and the written opinion's author. PNGs of every page (and the .docx and .pdf) land
# in target/minutes-pages/ (and its attachments/ and assembly/) for a person to look at.
#
# 仿宋, 黑体, 楷体 and 宋体 are not free fonts: LibreOffice renders with free faces of the same
# style aliased under their names (.ci/minutes/fonts.conf: Noto Serif/Sans CJK SC from
# fonts-noto-cjk, AR PL UKai from fonts-arphic-ukai), as a Chinese desktop would.
#
#   bash .ci/minutes-render.sh
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
packages=(libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai poppler-utils)
if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
    echo "minutes: installing ${packages[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

MB_ADMIN_PASSWORD="minutes admin passphrase" . .ci/demo-service.sh
FONTCONFIG_FILE="$PWD/.ci/minutes/fonts.conf" \
    python3 .ci/minutes/check.py "$base" "$work/render" target/minutes-pages
