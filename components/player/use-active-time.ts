'use client';

import { useEffect, useMemo, useRef } from 'react';
import { HEARTBEAT_INTERVAL_SECONDS } from '@/lib/play/active-time-credit';
import { createActiveTimeTracker, type ActiveTimeTracker } from './active-time';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart'] as const;

export interface ActiveTime {
  /** Whole active seconds since the last take (for a decision or a heartbeat). */
  take(): number;
  /** Returns seconds that could not be recorded, so they go with the next decision. */
  giveBack(seconds: number): void;
}

/**
 * Tracks the learner's active time in this page (see active-time.ts) and, when `onHeartbeat` is
 * given, reports the active seconds every heartbeat period while the learner is active. The
 * server decides what a report is worth (lib/play/active-time-credit.ts); the count sent only
 * caps it, and nothing is sent while the learner is idle or the tab is hidden.
 */
export function useActiveTime(onHeartbeat?: (activeSecondsDelta: number) => void): ActiveTime {
  const tracker = useRef<ActiveTimeTracker | null>(null);
  const heartbeat = useRef(onHeartbeat);

  useEffect(() => {
    heartbeat.current = onHeartbeat;
  }, [onHeartbeat]);

  useEffect(() => {
    const active = createActiveTimeTracker(performance.now(), { visible: document.visibilityState === 'visible' });
    tracker.current = active;
    const onActivity = () => active.activity(performance.now());
    const onVisibility = () => (document.visibilityState === 'visible' ? active.show(performance.now()) : active.hide(performance.now()));
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    const interval = window.setInterval(() => {
      const report = heartbeat.current;
      if (!report || !active.isActive(performance.now())) return;
      const seconds = active.take(performance.now());
      if (seconds > 0) report(seconds);
    }, HEARTBEAT_INTERVAL_SECONDS * 1000);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(interval);
      tracker.current = null;
    };
  }, []);

  return useMemo<ActiveTime>(
    () => ({
      take: () => tracker.current?.take(performance.now()) ?? 0,
      giveBack: (seconds) => tracker.current?.giveBack(seconds),
    }),
    [],
  );
}
