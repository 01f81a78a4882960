/** What every part of a form can reach: the locale and the host's services (people, uploads, signer). */
import type { Locale } from '@order75/core';
import type { Attachment, Role } from '@order75/schemas';
import { createContext, useContext } from 'react';

/** A person the forms can pick: id, display name and the roles the person holds. */
export interface Person {
  personId: string;
  name: string;
  roles?: Role[];
}

/** Stores a file and returns its attachment (content hash, media type, size); never a data URL. */
export type UploadFn = (file: File) => Promise<Attachment>;

/** The host services a form uses. */
export interface FormServices {
  locale: Locale;
  people: readonly Person[];
  onUpload?: UploadFn;
  /** A URL to show an attachment already stored (thumbnails of saved records); none when absent. */
  resolveAttachmentUrl?: (attachment: Attachment) => string | undefined;
  /** Records a weekly or monthly draft came from, to name `sourceRecordIds`. */
  sources?: readonly Record<string, unknown>[];
  /** Ask for the device location when a photo is taken. */
  captureLocation?: boolean;
  /** The clock (tests pass a fixed one). */
  now: () => Date;
}

export const ServicesContext = createContext<FormServices>({ locale: 'zh-CN', people: [], now: () => new Date() });

/** The services of the enclosing form. */
export function useServices(): FormServices {
  return useContext(ServicesContext);
}
