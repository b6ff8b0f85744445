import { ReferenceAdapter } from '../../src/adapters/index.js';
import { runAdapterContract } from '../../src/testing/index.js';

runAdapterContract({
  name: 'ReferenceAdapter (memory)',
  describe,
  it,
  createAdapter: ({ config, now, personalCalendar, signedInUser }) =>
    new ReferenceAdapter({
      config,
      storage: 'memory',
      now,
      random: () => 0.5,
      ...(personalCalendar ? { personalCalendar } : {}),
      ...(signedInUser ? { signedInUser } : {}),
    }),
});
