# Every cell of the matrix.
data "srm_responsibility_matrix" "all" {}

# What your team owns for S3.
data "srm_responsibility_matrix" "s3_customer" {
  service = "S3"
  owner   = "customer"
}

output "s3_customer_areas" {
  value = [for r in data.srm_responsibility_matrix.s3_customer.rows : r.control_area]
}

# Look up one cell.
output "who_patches_ec2" {
  value = data.srm_responsibility_matrix.all.owners["EC2/guest_os_patching"]
}
