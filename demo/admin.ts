// The demo's back office: the script-tag entry, plus (in-browser store only) a "sign in as" chooser. The reference adapter
// acts as whichever staff member the page names (a real backend checks a session instead).
// On the booking server (`npm start`) <booking-admin> signs staff in itself; the chooser is hidden.
import type { BookingAdminAdapter } from '../src/contract/adapter.js';
import { resolveAdapter } from '../src/adapters/resolve-adapter.js';
import { detectServer, useReference, useServer } from './backend.js';

interface StaffEntry {
  id: string;
  displayName: string;
  role: string;
}

const ROLE_NAMES: Record<string, string> = {
  administrator: 'administrator',
  scheduler: 'scheduler',
  teamMember: 'team member',
  viewer: 'viewer',
  guest: 'guest',
};
const KEY = 'booking-elements-demo:staff-member';

const api = await detectServer();
if (api) {
  useServer(api);
  await import('../src/cdn.js');
} else {
  useReference();
  await import('../src/cdn.js');
  await startChooser();
}

/** The in-browser store trusts whoever constructs it, so the page chooses whom to act as. */
async function startChooser() {
  const admin = document.querySelector('booking-admin')!;
  const select = document.querySelector<HTMLSelectElement>('#sign-in-as')!;
  const configSrc = admin.getAttribute('config-src')!;

  /** The staff as the shared store has them now (people added in the back office included), else as in the file. */
  async function listStaff(): Promise<StaffEntry[]> {
    const config = (await (await fetch(configSrc)).json()) as { staffMembers: StaffEntry[] };
    const owner = config.staffMembers.find((s) => s.role === 'administrator');
    try {
      // The same adapter instance <booking-admin> uses for this config-src (one store per page).
      const reference = (await resolveAdapter({ configSrc })) as unknown as {
        asStaff(id: string): BookingAdminAdapter;
      };
      if (owner) return await reference.asStaff(owner.id).listStaffMembers({});
    } catch {
      // The file's list is a fine fallback for a demo.
    }
    return config.staffMembers;
  }

  function fill(staff: StaffEntry[], current: string) {
    select.replaceChildren(
      ...staff.map(
        (s) => new Option(`${s.displayName} (${ROLE_NAMES[s.role] ?? s.role})`, s.id, false, s.id === current),
      ),
    );
  }

  const staff = await listStaff();
  const saved = localStorage.getItem(KEY);
  const initial = staff.some((s) => s.id === saved)
    ? saved!
    : (staff.find((s) => s.role === 'administrator')?.id ?? '');
  fill(staff, initial);
  admin.setAttribute('staff-member', initial);
  select.addEventListener('change', () => {
    localStorage.setItem(KEY, select.value);
    admin.setAttribute('staff-member', select.value);
  });
  // Someone added or renamed a staff member: offer them too.
  admin.addEventListener('booking-admin-changed', (e) => {
    if (e.detail.entity === 'staffMember') void listStaff().then((list) => fill(list, select.value));
  });
}
