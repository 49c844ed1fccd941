/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** Chromium with a fake camera and microphone that needs no permission prompt (the consultation journeys). */
export const FAKE_MEDIA_ARGUMENTS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

declare global {
  interface Window {
    __exposeConsultationPeer?: boolean;
    __consultationPeer?: RTCPeerConnection;
  }
}

/** Has the room page put its RTCPeerConnection on `window.__consultationPeer`, for reading statistics. */
export function exposeConsultationPeer(): void {
  window.__exposeConsultationPeer = true;
}

/** Bytes received per kind over the page's peer connection (inbound-rtp), as the test reads it from getStats(). */
export async function bytesReceived(page: Page): Promise<{ audio: number; video: number }> {
  return page.evaluate(async () => {
    const peer = window.__consultationPeer;
    const totals = { audio: 0, video: 0 };
    if (!peer) return totals;
    const stats = await peer.getStats();
    stats.forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
      if (report.type === 'inbound-rtp' && (report.kind === 'audio' || report.kind === 'video')) {
        totals[report.kind] += report.bytesReceived ?? 0;
      }
    });
    return totals;
  });
}

/** Waits until the page has received both audio and video from the other side. */
export async function receivesMedia(page: Page): Promise<void> {
  for (;;) {
    const bytes = await bytesReceived(page);
    if (bytes.video > 0 && bytes.audio > 0) return;
    await page.waitForTimeout(250);
  }
}
