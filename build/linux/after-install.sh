#!/bin/sh
# .deb postinst (electron-builder fills in ${...}): command link, dedicated user, systemd unit.
set -e
APP_DIR='/opt/${sanitizedProductName}'

ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
# The renderer sandbox needs user namespaces, or else the setuid chrome-sandbox helper
# (the same test as electron-builder's default after-install).
if [ -L /proc/self/ns/user ] && unshare --user true 2>/dev/null; then
  chmod 0755 "$APP_DIR/chrome-sandbox" || true
else
  chmod 4755 "$APP_DIR/chrome-sandbox" || true
fi

if ! getent passwd hall-kiosk >/dev/null; then
  useradd --system --user-group --home-dir /var/lib/hall-kiosk --create-home \
    --shell /usr/sbin/nologin --comment 'Hall kiosk' hall-kiosk
fi
install -d -o hall-kiosk -g hall-kiosk -m 0750 /var/lib/hall-kiosk
install -d -m 0755 /etc/hall-kiosk
install -m 0644 "$APP_DIR/resources/linux/kiosk.example.yaml" /etc/hall-kiosk/kiosk.example.yaml
install -m 0644 "$APP_DIR/resources/linux/pam.d-hall-kiosk" /etc/pam.d/hall-kiosk
install -m 0644 "$APP_DIR/resources/linux/hall-kiosk.service" /lib/systemd/system/hall-kiosk.service

if [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
  systemctl enable hall-kiosk.service || true
fi
if [ ! -f /etc/hall-kiosk/kiosk.yaml ]; then
  echo "hall-kiosk: copy /etc/hall-kiosk/kiosk.example.yaml to /etc/hall-kiosk/kiosk.yaml, edit it,"
  echo "            then: systemctl start hall-kiosk"
fi
