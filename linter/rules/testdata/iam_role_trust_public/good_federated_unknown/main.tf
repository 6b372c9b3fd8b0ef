# IRSA trust as terraform-aws-modules/iam builds it when the OIDC provider is
# created in the same plan: the Federated principal's ARN is known only after
# apply, but a Federated principal is never "anyone".
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_openid_connect_provider" "eks" {
  url             = "https://oidc.eks.eu-west-1.amazonaws.com/id/5C54DDF35ER19312844C7333374CC09D"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]
}
locals {
  provider_arn = aws_iam_openid_connect_provider.eks.arn
  issuer       = replace(local.provider_arn, "/^(.*provider/)/", "")
}
data "aws_iam_policy_document" "irsa" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.issuer}:sub"
      values   = ["system:serviceaccount:kube-system:ebs-csi-controller-sa"]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.issuer}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}
resource "aws_iam_role" "irsa" {
  name               = "ebs-csi"
  assume_role_policy = data.aws_iam_policy_document.irsa.json
}
