// Replies («Исходящие ответы»): the clinic's answers to letters. Owned by server/replies/.
export {};
