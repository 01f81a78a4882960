import { adapterConformanceTests } from '@order75/adapter-kit/testing';
import { KD_TEST } from './server/kingdeeServer';
import { setUp } from './harness';

adapterConformanceTests({
  name: 'kingdee',
  create: async ({ events }) => {
    const { server, adapter, faults } = await setUp({ server: { latencyMs: 5 }, adapter: { events } });
    return { adapter, faults, secrets: [KD_TEST.password, KD_TEST.appSecret], cleanup: () => server.close() };
  },
});
