/**
 * What each staff role may do (R18), enforced by the adapter on every admin call rather than
 * only hidden in the UI. `own` means limited to the acting staff member's own appointments,
 * working hours and time off.
 */
import type { StaffRole } from '../core/types.js';

export type Access = 'none' | 'own' | 'all';

export interface Permissions {
  /** Business info, services, staff, questions, hours, policy, page settings. */
  readSettings: boolean;
  writeSettings: boolean;
  readAppointments: Access;
  writeAppointments: Access;
  /** Lead-time rules may be overridden when booking on a customer's behalf. */
  overrideLeadTime: boolean;
  readCustomers: Access;
  /** Add, edit, import and merge customer records. */
  writeCustomers: Access;
  /** A customer's data: export it (access request) and erase it, and read the privacy log. */
  privacy: boolean;
  readOutbox: Access;
  /** Own working hours and time off (`own`), or everyone's (`all`, part of settings). */
  writeAvailability: Access;
  report: boolean;
  exportConfig: boolean;
}

const NONE: Permissions = {
  readSettings: false,
  writeSettings: false,
  readAppointments: 'none',
  writeAppointments: 'none',
  overrideLeadTime: false,
  readCustomers: 'none',
  writeCustomers: 'none',
  privacy: false,
  readOutbox: 'none',
  writeAvailability: 'none',
  report: false,
  exportConfig: false,
};

export const ROLE_PERMISSIONS: Record<StaffRole, Permissions> = {
  administrator: {
    readSettings: true,
    writeSettings: true,
    readAppointments: 'all',
    writeAppointments: 'all',
    overrideLeadTime: true,
    readCustomers: 'all',
    writeCustomers: 'all',
    privacy: true,
    readOutbox: 'all',
    writeAvailability: 'all',
    report: true,
    exportConfig: true,
  },
  scheduler: {
    ...NONE,
    readSettings: true,
    readAppointments: 'all',
    writeAppointments: 'all',
    overrideLeadTime: true,
    readCustomers: 'all',
    writeCustomers: 'all',
    readOutbox: 'all',
  },
  teamMember: {
    ...NONE,
    readSettings: true,
    readAppointments: 'own',
    writeAppointments: 'own',
    readCustomers: 'own',
    readOutbox: 'own',
    writeAvailability: 'own',
  },
  viewer: {
    ...NONE,
    readSettings: true,
    readAppointments: 'all',
    readCustomers: 'all',
    readOutbox: 'all',
  },
  guest: NONE,
};
