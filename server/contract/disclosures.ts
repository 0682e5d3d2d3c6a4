// Requests from authorities and the disclosures they lead to («Запросы госорганов», clause 4.5). Owned by
// server/disclosures/.
export {};
