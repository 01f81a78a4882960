import { packageConfig } from '../../tsup.config.base';

export default packageConfig({ dts: { compilerOptions: { composite: false } } });
