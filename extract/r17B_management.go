package extract

// managementFields are the fields whose county office is a «مدیریت»
// named by the field (lexicon/management_fields.txt): «مدیر جهاد کشاورزی
// شهرستان الف» heads «مدیریت جهاد کشاورزی شهرستان الف»
// (addFieldManagements).
var managementFields = loadPhrases("management_fields.txt")
