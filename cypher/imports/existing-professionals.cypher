// Which of the ids referenced by a bundle, and absent from it, already exist in the database.
UNWIND $ids AS id
MATCH (n:Professional {id: id})
RETURN id
