import type { Db } from '../db/connection.js';

/** Website leads whose purpose was achieved (152-FZ art. 21 p.4): what operators review and propose to destroy. */
export class DestructionCandidateService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}
}
