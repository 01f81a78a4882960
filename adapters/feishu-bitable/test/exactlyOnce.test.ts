import { exactlyOnceTest } from '@order75/adapter-kit/testing';
import { isWrite, setUp } from './harness';

exactlyOnceTest({
  name: 'feishu-bitable',
  start: async (client) => {
    // Batches of 100: at the default 500, 2 000 records would make only four writes for the faults to fall on.
    const { server, adapter, faults } = await setUp({ adapter: { ...client, batchSize: 100 } });
    await adapter.provision().catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    return { adapter, host: server.host, faults, isWrite, close: () => server.close() };
  },
});
