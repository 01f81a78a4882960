/** When and where a photo was taken: the file's time (the camera's) and, if the host asks, the device location. */
import type { Attachment } from '@order75/schemas';

type AttachmentLocation = NonNullable<Attachment['location']>;
import { toInstant } from '../time';

/** The capture time of a picked file: its modification time (set by the camera), else now. */
export function capturedAt(file: File, now: Date): string {
  return toInstant(file.lastModified > 0 ? new Date(file.lastModified) : now);
}

/** The device location, or undefined when unavailable, refused or slower than `timeoutMs`. */
export function currentLocation(timeoutMs = 5000): Promise<AttachmentLocation | undefined> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }),
      () => resolve(undefined),
      { timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
