// Property tests run with a fixed seed so every run checks the same cases;
// set FC_SEED to explore others (FC_RUNS raises the number of runs in test/parse).
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261126) });
