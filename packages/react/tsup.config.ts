import { packageConfig } from '../../tsup.config.base';

export default packageConfig({ entry: ['src/index.ts', 'src/view/index.ts'], dts: { compilerOptions: { composite: false } } });
