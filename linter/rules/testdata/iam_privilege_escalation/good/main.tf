# Every privilege-escalation path of privesc.tsv, one role per path, granted
# as in ../bad but stopped: for the paths at even positions an inline Deny
# of the path's actions on every resource, for the others every action
# limited to one named role ARN (a resource constraint).
provider "aws" {
  region = "us-east-1"
}

locals {
  paths = {
    "RHINO-01" = ["iam:CreatePolicyVersion"]
    "RHINO-02" = ["iam:SetDefaultPolicyVersion"]
    "RHINO-03" = ["iam:PassRole", "ec2:RunInstances"]
    "RHINO-04" = ["iam:CreateAccessKey"]
    "RHINO-05" = ["iam:CreateLoginProfile"]
    "RHINO-06" = ["iam:UpdateLoginProfile"]
    "RHINO-07" = ["iam:AttachUserPolicy"]
    "RHINO-08" = ["iam:AttachGroupPolicy"]
    "RHINO-09" = ["iam:AttachRolePolicy"]
    "RHINO-10" = ["iam:PutUserPolicy"]
    "RHINO-11" = ["iam:PutGroupPolicy"]
    "RHINO-12" = ["iam:PutRolePolicy"]
    "RHINO-13" = ["iam:AddUserToGroup"]
    "RHINO-14" = ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"]
    "RHINO-15" = ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"]
    "RHINO-16" = ["iam:PassRole", "lambda:CreateFunction", "lambda:AddPermission"]
    "RHINO-17" = ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"]
    "RHINO-18" = ["lambda:UpdateFunctionCode"]
    "RHINO-19" = ["iam:PassRole", "glue:CreateDevEndpoint"]
    "RHINO-20" = ["glue:UpdateDevEndpoint"]
    "RHINO-21" = ["iam:PassRole", "cloudformation:CreateStack"]
    "RHINO-22" = ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"]
    "RHINO-23" = ["codestar:CreateProjectFromTemplate"]
    "RHINO-24" = ["codestar:CreateProject", "iam:PassRole"]
    "RHINO-25" = ["codestar:CreateProject", "codestar:AssociateTeamMember"]
    "RHINO-26" = ["lambda:UpdateFunctionConfiguration"]
    "RHINO-27" = ["sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl", "iam:PassRole"]
    "RHINO-28" = ["sagemaker:CreatePresignedNotebookInstanceUrl"]
    "CSPL-01" = ["bedrock-agentcore:startcodeinterpretersession", "bedrock-agentcore:invokecodeinterpreter"]
    "CSPL-02" = ["cloudformation:createchangeset", "cloudformation:executechangeset"]
    "CSPL-03" = ["ec2:modifyinstanceattribute", "ec2:stopinstances", "ec2:startinstances"]
    "CSPL-04" = ["ec2:createlaunchtemplateversion", "ec2:modifylaunchtemplate"]
    "CSPL-05" = ["ec2-instance-connect:sendsshpublickey", "ec2:describeinstances"]
    "CSPL-06" = ["ecs:executecommand", "ecs:describetasks"]
    "CSPL-07" = ["lambda:updatefunctioncode", "lambda:invokefunction"]
    "CSPL-08" = ["lambda:updatefunctioncode", "lambda:addpermission"]
    "CSPL-09" = ["sagemaker:createnotebookinstancelifecycleconfig", "sagemaker:stopnotebookinstance", "sagemaker:updatenotebookinstance", "sagemaker:startnotebookinstance"]
    "CSPL-10" = ["iam:passrole", "apprunner:createservice"]
    "CSPL-11" = ["iam:passrole", "bedrock-agentcore:createcodeinterpreter", "bedrock-agentcore:startcodeinterpretersession", "bedrock-agentcore:invokecodeinterpreter"]
    "CSPL-12" = ["iam:passrole", "cloudformation:createstackset", "cloudformation:createstackinstances"]
    "CSPL-13" = ["iam:passrole", "cloudformation:updatestackset"]
    "CSPL-14" = ["iam:passrole", "codebuild:createproject", "codebuild:startbuild"]
    "CSPL-15" = ["iam:passrole", "codebuild:createproject", "codebuild:startbuildbatch"]
    "CSPL-16" = ["iam:passrole", "ec2:requestspotinstances"]
    "CSPL-17" = ["iam:passrole", "ecs:createcluster", "ecs:registertaskdefinition", "ecs:createservice"]
    "CSPL-18" = ["iam:passrole", "ecs:createcluster", "ecs:registertaskdefinition", "ecs:runtask"]
    "CSPL-19" = ["iam:passrole", "ecs:registertaskdefinition", "ecs:createservice"]
    "CSPL-20" = ["iam:passrole", "ecs:registertaskdefinition", "ecs:runtask"]
    "CSPL-21" = ["iam:passrole", "ecs:registertaskdefinition", "ecs:starttask"]
    "CSPL-22" = ["iam:passrole", "glue:createjob", "glue:startjobrun"]
    "CSPL-23" = ["iam:passrole", "glue:createjob", "glue:createtrigger"]
    "CSPL-24" = ["iam:passrole", "glue:updatejob", "glue:startjobrun"]
    "CSPL-25" = ["iam:passrole", "glue:updatejob", "glue:createtrigger"]
    "CSPL-26" = ["iam:passrole", "sagemaker:createtrainingjob"]
    "CSPL-27" = ["iam:passrole", "sagemaker:createprocessingjob"]
    "CSPL-28" = ["iam:createaccesskey", "iam:deleteaccesskey"]
    "CSPL-29" = ["iam:attachuserpolicy", "iam:createaccesskey"]
    "CSPL-30" = ["iam:createpolicyversion", "sts:assumerole"]
    "CSPL-31" = ["iam:putuserpolicy", "iam:createaccesskey"]
    "CSPL-32" = ["iam:attachrolepolicy", "iam:updateassumerolepolicy"]
    "CSPL-33" = ["iam:createpolicyversion", "iam:updateassumerolepolicy"]
    "CSPL-34" = ["iam:putrolepolicy", "iam:updateassumerolepolicy"]
  }
  halves = { for id, actions in local.paths : id => {
    first  = slice(actions, 0, ceil(length(actions) / 2))
    second = length(actions) > 1 ? slice(actions, ceil(length(actions) / 2), length(actions)) : ["sts:GetCallerIdentity"]
  } }
}

locals {
  denied = toset([for i, id in keys(local.paths) : id if i % 2 == 0])
}

resource "aws_iam_role" "path" {
  for_each = local.paths
  name     = "privesc-${lower(each.key)}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "first" {
  for_each = local.halves
  name     = "privesc-${lower(each.key)}-first"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = each.value.first
      Resource = contains(local.denied, each.key) ? "*" : "arn:aws:iam::123456789012:role/privesc-target"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "first" {
  for_each   = local.halves
  role       = aws_iam_role.path[each.key].name
  policy_arn = aws_iam_policy.first[each.key].arn
}

resource "aws_iam_role_policy" "second" {
  for_each = local.halves
  name     = "second"
  role     = aws_iam_role.path[each.key].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(
      [{
        Effect   = "Allow"
        Action   = each.value.second
        Resource = contains(local.denied, each.key) ? "*" : "arn:aws:iam::123456789012:role/privesc-target"
      }],
      contains(local.denied, each.key) ? [{ Effect = "Deny", Action = local.paths[each.key], Resource = "*" }] : [],
    )
  })
}

# Near misses. A condition makes a statement not count (cloudsplaining), so
# iam:PassRole limited to Lambda does not complete RHINO-03, which passes
# the role to EC2 (limited to EC2 it does: bad_passed_to_service).
resource "aws_iam_role" "launcher" {
  name = "launcher"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  inline_policy {
    name = "launch"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { Effect = "Allow", Action = "ec2:RunInstances", Resource = "*" },
        { Effect = "Allow", Action = "iam:PassRole", Resource = "*", Condition = { StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" } } },
      ]
    })
  }
}

# A permissions boundary without IAM stops iam:CreatePolicyVersion.
resource "aws_iam_policy" "boundary" {
  name = "no-iam-boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}

resource "aws_iam_role" "bounded" {
  name                 = "bounded"
  permissions_boundary = aws_iam_policy.boundary.arn
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  inline_policy {
    name   = "versions"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "iam:CreatePolicyVersion", Resource = "*" }] })
  }
}
