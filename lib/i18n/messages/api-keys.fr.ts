// Messages français de la page des clés d'API et des erreurs de l'API REST ; mêmes clés que api-keys.en.ts.
export const apiKeysFr = {
  title: "Clés d'API",
  settingsLink: "Clés d'API",
  settingsLinkDescription: "Des clés qui permettent à vos autres systèmes d'utiliser l'API REST de Roster.",
  intro:
    "Une clé permet à un autre système d'utiliser l'API REST pour {org}, avec le rôle que vous choisissez. Elle agit en votre nom : ce qu'elle modifie apparaît dans le journal d'audit sous le nom de la clé, et elle cesse de fonctionner si vous quittez l'organisation.",
  docsLink: "Référence de l'API",
  create: {
    title: "Nouvelle clé d'API",
    name: "Nom",
    nameHint: "Ce qui l'utilise, par exemple « Panneau d'hébergement ».",
    role: "Rôle",
    roleHint: "La clé peut faire ce que peut faire une personne ayant ce rôle, pas plus.",
    expiresIn: "Expiration",
    expiries: { never: "Jamais", "30": "Dans 30 jours", "90": "Dans 90 jours", "365": "Dans un an" },
    submit: "Créer la clé",
    creating: "Création…",
  },
  created: {
    title: "Copiez votre nouvelle clé",
    body: "C'est la seule fois où la clé {name} est affichée. Conservez-la en lieu sûr : Roster n'en garde qu'une empreinte.",
    label: "Clé d'API",
    copy: "Copier",
    copyContext: "Copier la clé {name}",
    copied: "Copiée",
    copyManually: "Sélectionnez la clé et copiez-la.",
    done: "Terminé",
  },
  caption: "Clés d'API de {org}",
  empty: "Aucune clé d'API pour l'instant.",
  columns: {
    name: "Nom",
    prefix: "Clé",
    role: "Rôle",
    createdBy: "Créée par",
    lastUsed: "Dernière utilisation",
    expires: "Expiration",
    actions: "Actions",
  },
  neverUsed: "Jamais",
  neverExpires: "Jamais",
  expired: "Expirée le {date}",
  deletedAccount: "Compte supprimé",
  revoke: {
    open: "Révoquer {name}",
    title: "Révoquer {name} ?",
    body: "Les systèmes qui utilisent cette clé sont refusés immédiatement. Cette action est définitive.",
    submit: "Révoquer la clé",
    revoking: "Révocation…",
  },
  errors: {
    notFound: "Cette clé n'existe pas ou a déjà été révoquée.",
    tooMany: "Une organisation peut avoir au plus {max} clés. Révoquez celles que vous n'utilisez plus.",
  },
} as const;

export const apiFr = {
  /** The reference page, /docs/api (app/docs/api/page.tsx). */
  docs: {
    title: "Référence de l'API",
    intro:
      "L'API REST v1 de Roster : chaque opération, ses paramètres, ses réponses et un exemple curl. Les appels demandent une clé d'API (Paramètres → Clés d'API d'une organisation) ; une clé peut faire ce que peut faire une personne de son rôle.",
    document: "Document OpenAPI 3.1 (JSON)",
    loading: "Chargement de la référence…",
    noScript: "La référence demande JavaScript. Le document OpenAPI ci-dessous décrit les mêmes opérations.",
  },
  errors: {
    unauthenticated: "La clé d'API est absente, non valide, révoquée ou expirée.",
    rateLimited: "Trop de requêtes avec cette clé. Réessayez dans une minute.",
    tooLarge: "Le corps de la requête dépasse 1 Mo.",
    contentType: "Envoyez le corps en JSON (Content-Type: application/json).",
    notJson: "Le corps de la requête n'est pas un objet JSON.",
    nul: "Le corps de la requête contient un caractère NUL, qu'aucun champ n'accepte.",
    unknownFields: "Le corps de la requête contient des champs que cette opération ne prend pas.",
    unknownField: "Champ inconnu.",
    idempotencyKey: "L'en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII visibles.",
    idempotencyInProgress: "Une requête avec cette Idempotency-Key est encore en cours. Réessayez dans un instant.",
    idempotencyMismatch: "Cette Idempotency-Key a déjà servi pour une autre requête.",
  },
} as const;
