import { adapterConformanceTests } from '@order75/adapter-kit/testing';
import { API_KEY, setUp } from './harness';

adapterConformanceTests({
  name: 'jiandaoyun',
  create: async ({ events }) => {
    const { server, adapter, faults } = await setUp({ server: { latencyMs: 5 }, adapter: { events } });
    return { adapter, faults, secrets: [API_KEY], cleanup: () => server.close() };
  },
});
