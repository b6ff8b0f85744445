import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { mountAdmin } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');

describe('<booking-admin>', () => {
  afterEach(deleteDatabases);

  it('shows every section to an administrator, each accessible', async () => {
    const { page } = await mountAdmin({ config: await loadContoso(), staffMember: 'anna', now: NOW });
    expect(page.navItems()).to.deep.equal([
      'Calendar',
      'Services',
      'Staff',
      'Business and booking page',
      'Customers',
      'Outbox',
      'Reports and data',
      'Why not bookable?',
    ]);
    expect(page.header).to.contain('Contoso Clinic');
    expect(page.header).to.contain('Signed in as Anna Larsen (Administrator)');
    await expect(page.el).to.be.accessible();
    for (const name of ['services', 'staff', 'business', 'customers', 'outbox', 'reports', 'explain'] as const) {
      const panel = await page.open(name);
      expect(panel.heading).to.not.equal('');
      await expect(page.el).to.be.accessible();
    }
  });
});
