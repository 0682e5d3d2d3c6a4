// Destruction of a subject's data («Уничтожение»): proposals, four-eyes approval, the act. Owned by server/destruction/.
export {};
