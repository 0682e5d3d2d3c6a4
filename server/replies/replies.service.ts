// STUB (the replies slice replaces it).
export class ReplyService {}
