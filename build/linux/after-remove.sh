#!/bin/sh
# .deb postrm: stop and unregister the unit. The user, /etc/hall-kiosk and /var/lib/hall-kiosk
# (configuration, SQLite cache with its outbox) are kept: tickets not yet handed over survive.
set -e
case "$1" in
  remove | purge)
    if [ -d /run/systemd/system ]; then
      systemctl disable --now hall-kiosk.service || true
    fi
    rm -f /lib/systemd/system/hall-kiosk.service /etc/pam.d/hall-kiosk '/usr/bin/${executable}'
    if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi
    ;;
esac
