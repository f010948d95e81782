// ElectroTutor on Azure: a Linux App Service running the server (.NET 10, code deployment), an Azure Database for
// PostgreSQL flexible server (or an existing database), and an Azure Bot with the Teams and Web Chat channels.
//
//   az deployment group create -g <resource-group> -f deployment/azure/main.bicep -p @main.parameters.json
//
// The bot's identity is either a user-assigned managed identity created here (appType UserAssignedMSI, no secret
// anywhere) or an existing single-tenant Entra app registration (appType SingleTenant, its client id and secret given
// as parameters). Multi-tenant bot registrations are no longer accepted for new Azure bots. See docs/deploy.md.

targetScope = 'resourceGroup'

@description('Base name of every resource; the web app becomes https://<appName>.azurewebsites.net (must be globally unique).')
@minLength(3)
@maxLength(40)
param appName string

@description('Region of the App Service, the identity and the database. The bot resource itself is global.')
param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Connector: UserAssignedMSI (a managed identity made here) or SingleTenant (an app registration in this tenant).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra app registration\'s application (client) id.')
param appRegistrationClientId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param appRegistrationClientSecret string = ''

@description('App Service plan size (Linux). B1 is the smallest with Always On, which keeps the first turn under the 15 s bot timeout.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams and Web Chat) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Display name of the bot in the Azure portal and the channels.')
param botDisplayName string = 'ElectroTutor'

@description('Create an Azure Database for PostgreSQL flexible server (true) or use existingConnectionString (false).')
param createPostgres bool = true

@description('createPostgres only: administrator login of the new PostgreSQL server.')
param postgresAdministratorLogin string = 'electrotutor'

@description('createPostgres only: administrator password of the new PostgreSQL server.')
@secure()
param postgresAdministratorPassword string = ''

@description('When createPostgres is false: the Npgsql connection string of an existing PostgreSQL database.')
@secure()
param existingConnectionString string = ''

var isManagedIdentity = appType == 'UserAssignedMSI'
var databaseName = 'electrotutor'
var postgresServerName = '${appName}-pg'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (isManagedIdentity) {
  name: '${appName}-bot-id'
  location: location
}

// The app id the Bot Connector puts in the token's audience and the server checks: the identity's client id, or the
// app registration's.
var microsoftAppId = isManagedIdentity ? botIdentity!.properties.clientId : appRegistrationClientId

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = if (createPostgres) {
  name: postgresServerName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource tutorDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = if (createPostgres) {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 to 0.0.0.0 is the service's rule for "allow connections from Azure services", the App Service among them.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = if (createPostgres) {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

var tutorConnectionString = createPostgres
  ? 'Host=${postgres!.properties.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=Require'
  : existingConnectionString

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

var botAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: microsoftAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenant().tenantId
  }
]

var secretAppSettings = isManagedIdentity
  ? []
  : [
      {
        name: 'MicrosoftAppPassword'
        value: appRegistrationClientSecret
      }
    ]

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: isManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${botIdentity.id}': {}
        }
      }
    : {
        type: 'None'
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ElectroTutor.Server.dll'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botAppSettings, secretAppSettings, [
        {
          // The server listens on localhost:5080 unless told otherwise; App Service forwards to port 8080.
          name: 'ASPNETCORE_URLS'
          value: 'http://+:8080'
        }
        {
          name: 'WEBSITES_PORT'
          value: '8080'
        }
        {
          // Teams shows only HTTPS image links: simulation charts are served from here.
          name: 'ElectroTutor__PublicUrl'
          value: 'https://${appName}.azurewebsites.net/'
        }
        {
          name: 'Database__Provider'
          value: 'Postgres'
        }
        {
          name: 'ConnectionStrings__Tutor'
          value: tutorConnectionString
        }
      ])
    }
  }
  dependsOn: [
    tutorDatabase
    allowAzureServices
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppTenantId: tenant().tenantId
    msaAppType: appType
    msaAppMSIResourceId: isManagedIdentity ? botIdentity.id : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

@description('The messaging endpoint registered with the bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The MicrosoftAppId of the bot: the value of MICROSOFT_APP_ID for deployment/teams/package.sh.')
output microsoftAppId string = microsoftAppId

@description('The web app\'s host name: PUBLIC_HOST for deployment/teams/package.sh.')
output publicHost string = site.properties.defaultHostName

@description('The bot resource name, for az bot commands.')
output botName string = bot.name
