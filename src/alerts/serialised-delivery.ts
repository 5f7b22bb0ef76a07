import type { AlertDelivery } from "./alert-delivery.js";

// The Node server's AlertDelivery: deliverSoon() starts a delivery run in the background right
// away (the caller's response is not delayed), one run at a time; a call during a run asks for
// one more run after it, so an alert written mid-run is not left for the retry timer.

export interface BackgroundAlertDelivery extends AlertDelivery {
  /** Resolves when no run is in progress or requested (tests, shutdown). */
  idle(): Promise<void>;
}

export function serialisedDelivery(run: () => Promise<unknown>): BackgroundAlertDelivery {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await run();
      } catch (error) {
        console.error("alert mail failed", error);
      }
    } while (again);
    running = undefined;
  };
  return {
    deliverSoon() {
      if (running) {
        again = true;
        return;
      }
      running = loop();
    },
    idle: () => running ?? Promise.resolve(),
  };
}
