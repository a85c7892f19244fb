"""Message contracts: JSON Schemas, Faust records, validation and the error hierarchy."""
