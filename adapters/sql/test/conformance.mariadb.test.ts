import { adapterConformanceTests } from '@order75/adapter-kit/testing';
import { mariadbHost } from './harness';

adapterConformanceTests({ name: 'sql (MariaDB)', create: ({ events }) => mariadbHost(events) });
