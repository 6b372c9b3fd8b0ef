// Package rules holds srmlint's rules, one file per rule, each with
// testdata/<rule-id>/{bad,good}/ fixtures made from real plans.
package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// All returns every rule, sorted by ID. The list is explicit: adding a rule
// means adding it here.
func All() []*linter.Rule {
	return []*linter.Rule{
		CloudWatchLogGroupKMS,
		DataClassificationRequirements,
		DataClassificationTag,
		EBSEncryptionByDefault,
		EBSVolumeEncrypted,
		EFSFileSystemEncrypted,
		IAMAccountPasswordPolicy,
		IAMCloudShellFullAccess,
		IAMCredentialsExposure,
		IAMDataExfiltration,
		IAMPolicyAdminAccess,
		IAMPolicyAllowNotAction,
		IAMPolicyAllowNotResource,
		IAMPolicyPassRoleAllRoles,
		IAMPolicyServiceWildcard,
		IAMPrivilegeEscalation,
		IAMResourceExposure,
		IAMRoleTrustCrossAccount,
		IAMRoleTrustOIDCConditions,
		IAMRoleTrustPublic,
		IAMSeparationOfDutiesAudit,
		IAMSeparationOfDutiesKMS,
		IAMUserAccessKey,
		IAMUserLoginProfile,
		IAMUserPolicyAttached,
		KMSDecryptAllKeys,
		KMSKeyDeletion,
		KMSKeyDeletionWindow,
		KMSKeyPolicyLeastPrivilege,
		KMSKeyPublic,
		KMSKeyRotation,
		KMSKeySeparationOfDuties,
		PolicyAllowNotPrincipal,
		PolicyForAllValuesSingleValuedKey,
		PolicyInvalid,
		PolicyMissingVersion,
		PolicyPublicPrincipal,
		PolicyServicePrincipalWithoutSource,
		RDSClusterStorageEncrypted,
		RDSDataLoss,
		RDSInstanceStorageEncrypted,
		S3AccessPointPublicAccessBlock,
		S3AccountPublicAccessBlock,
		S3BucketAccessLogging,
		S3BucketACLsDisabled,
		S3BucketCrossAccountPermissions,
		S3BucketDataLoss,
		S3BucketKMSEncryption,
		S3BucketLifecycle,
		S3BucketMFADelete,
		S3BucketPublicAccessBlock,
		S3BucketPublicRead,
		S3BucketPublicWrite,
		S3BucketSSLRequestsOnly,
		S3BucketVersionedLifecycle,
		S3BucketVersioning,
		S3BucketWebsitePublic,
		S3MultiRegionAccessPointPublicAccessBlock,
		SecretsManagerSecretCMK,
		SecretsManagerSecretRotation,
		SNSTopicEncrypted,
		SQSQueueEncrypted,
	}
}

// Lookup returns the rule with the given ID.
func Lookup(id string) (*linter.Rule, bool) {
	for _, r := range All() {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}
