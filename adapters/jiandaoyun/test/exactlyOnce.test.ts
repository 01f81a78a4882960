import { exactlyOnceTest } from '@order75/adapter-kit/testing';
import { isWrite, setUp } from './harness';

exactlyOnceTest({
  name: 'jiandaoyun',
  start: async (client) => {
    const { server, adapter, faults } = await setUp({ adapter: client });
    return { adapter, host: server.host, faults, isWrite, close: () => server.close() };
  },
});
