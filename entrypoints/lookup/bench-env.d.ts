// Set by wxt.config.ts: true only in the benchmark build (VDL_BENCH=1 wxt build).
interface ImportMetaEnv {
  readonly VDL_BENCH: boolean;
}
