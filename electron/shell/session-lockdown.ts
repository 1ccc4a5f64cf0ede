// Session-wide refusals: permissions, devices, screen capture, downloads, remote requests.
import type { Session } from 'electron';
import { isAllowedRequest } from './lockdown/navigation-policy';
import { isPermissionGranted } from './lockdown/permission-policy';

export function lockDownSession(ses: Session, log: (msg: string) => void): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted({ permission, requestingUrl: details.requestingUrl });
    if (!granted) log(`permission request denied: ${permission}`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted({ permission, requestingUrl: requestingOrigin }),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));

  ses.on('will-download', (event) => {
    event.preventDefault();
    log('download refused');
  });

  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`request refused: ${details.resourceType} ${new URL(details.url).protocol}`);
    callback({ cancel: !allowed });
  });
}
