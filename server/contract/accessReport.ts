// The access report («Сведения об обработке персональных данных», 152-FZ art. 14 p.7). Owned by server/accessReport/.
export {};
