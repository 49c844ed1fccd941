import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { lazyPage } from '../utils/lazyPage';

const HandoverPage = lazyPage(() => import('./HandoverPage'), 'HandoverPage');
const StaffKioskDevicesPage = lazyPage(() => import('./StaffKioskDevicesPage'), 'StaffKioskDevicesPage');

/** The kiosk domain's pages in the ordinary app (the terminal itself runs KioskApp at /kiosk). */
export const kioskRoutes: RouteObject[] = [
  // On the person's phone, signed in or not: the code from the terminal's QR code is the key (once, 10 minutes).
  { path: 'handover/:code', element: <HandoverPage /> },
  {
    path: 'staff/kiosk-devices',
    element: (
      <RequireAnyRole roles={['staff_citizens_office', 'staff_economic_development', 'admin']}>
        <StaffKioskDevicesPage />
      </RequireAnyRole>
    ),
  },
];
