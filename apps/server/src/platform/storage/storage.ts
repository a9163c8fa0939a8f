import path from "node:path";
import type { Readable } from "node:stream";
import type { Config } from "../config/config";
import { LocalStorage } from "./local-storage";

/** A byte range, both ends inclusive (as in HTTP Range headers). */
export type ByteRange = { start: number; end: number };

/**
 * Where file contents live (CORE-8). Local disk today; an S3-compatible implementation only
 * has to provide these four operations (SPEC: S3 when configured), so nothing above this
 * interface knows where bytes are kept.
 */
export interface Storage {
  /** Stores the stream under `key`; the object becomes visible only once it is complete. */
  put(key: string, body: Readable): Promise<void>;
  /** Streams the object (or a range of it); rejects with `StorageNotFound` when it is missing. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  delete(key: string): Promise<void>;
  /** Removes every object whose key starts with `prefix/` (an organization's files when it is deleted). */
  deleteFolder(prefix: string): Promise<void>;
  /** Runs `work` with a path on local disk, for tools that need one (ffmpeg, sharp on large files). */
  withLocalFile<T>(key: string, work: (filePath: string) => Promise<T>): Promise<T>;
}

export class StorageNotFound extends Error {
  constructor(key: string) {
    super(`No stored object ${key}`);
  }
}

/** The storage the configuration asks for: local disk under the data directory. */
export function createStorage(config: Pick<Config, "dataDir">): Storage {
  return new LocalStorage(path.join(config.dataDir, "files"));
}
