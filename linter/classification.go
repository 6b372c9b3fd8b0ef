package linter

// Requirement is something a data classification level demands of the
// data stores that carry it.
type Requirement string

// Requirements a classification level can impose. Each applies to the
// resource types that have such a setting (see the
// data_classification_requirements rule).
const (
	// RequireCustomerKey: encryption at rest with a customer managed KMS key.
	RequireCustomerKey Requirement = "customer_managed_key"
	// RequireAccessLogging: S3 server access logging.
	RequireAccessLogging Requirement = "access_logging"
	// RequireVersioning: S3 versioning.
	RequireVersioning Requirement = "versioning"
	// RequireDeletionProtection: deletion protection on databases and tables.
	RequireDeletionProtection Requirement = "deletion_protection"
)

// DefaultClassificationLevels returns the documented classification levels
// and what each requires.
func DefaultClassificationLevels() map[string][]Requirement {
	return map[string][]Requirement{
		"public":       nil,
		"internal":     nil,
		"confidential": {RequireCustomerKey, RequireAccessLogging},
		"restricted":   {RequireCustomerKey, RequireAccessLogging, RequireVersioning, RequireDeletionProtection},
	}
}
