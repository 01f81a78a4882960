import { adapterConformanceTests } from '@order75/adapter-kit/testing';
import { postgresHost } from './harness';

adapterConformanceTests({ name: 'sql (PostgreSQL)', create: ({ events }) => postgresHost(events) });
