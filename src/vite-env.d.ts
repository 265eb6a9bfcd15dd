/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real Hubscope API, e.g. https://api.example.org/api/v1. Unset: the bundled mock API. */
  readonly VITE_API_BASE_URL?: string;
  /** Simulated latency of the mock API in development, in milliseconds (default 300). */
  readonly VITE_MOCK_LATENCY_MS?: string;
  /** `on` in builds made for the benchmark: the mock API may then serve synthetic data (`_scenario=all:synthetic`). */
  readonly VITE_SYNTHETIC?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
