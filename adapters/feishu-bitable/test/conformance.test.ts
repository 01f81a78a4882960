import { adapterConformanceTests } from '@order75/adapter-kit/testing';
import { APP_SECRET, setUp } from './harness';

adapterConformanceTests({
  name: 'feishu-bitable',
  create: async ({ events }) => {
    const { server, adapter, faults } = await setUp({ server: { latencyMs: 5 }, adapter: { events } });
    return { adapter, faults, secrets: [APP_SECRET], cleanup: () => server.close() };
  },
});
