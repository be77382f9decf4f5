import type { Messages } from "./en";

export const domainsFr: Messages["domains"] = {
  title: "Domaines vérifiés",
  intro:
    "Prouvez que {org} possède un domaine en publiant un enregistrement DNS TXT. Une fois le domaine vérifié, les personnes dont l'adresse e-mail est sur ce domaine, ou sur l'un de ses sous-domaines, peuvent être ajoutées directement comme contacts, sans invitation.",
  onePerOrg: "Un domaine, avec ses sous-domaines, ne peut être vérifié que par une seule organisation.",
  settingsLink: "Domaines vérifiés",
  settingsLinkDescription:
    "Prouvez que les domaines de messagerie de votre entreprise vous appartiennent, pour pouvoir y ajouter directement des contacts.",
  settingsInfoTitle: "Informations de l'organisation",
  add: {
    title: "Ajouter un domaine",
    label: "Domaine",
    hint: "Par exemple exemple.fr. Un sous-domaine est conservé tel que saisi.",
    submit: "Ajouter le domaine",
    adding: "Ajout…",
    added: "{domain} a été ajouté. Publiez son enregistrement TXT ci-dessous, puis choisissez Vérifier.",
  },
  tableCaption: "Domaines de {org}",
  empty: "Aucun domaine pour l'instant. Ajoutez ci-dessus le domaine de votre entreprise.",
  columns: { domain: "Domaine", status: "Statut", record: "Enregistrement TXT", actions: "Actions" },
  status: { PENDING: "En attente", VERIFIED: "Vérifié", FAILED: "Échec" },
  verifiedOn: "Vérifié le {date}",
  lastChecked: "Dernière vérification le {date}",
  notChecked: "Pas encore vérifié",
  record: {
    type: "Type",
    host: "Hôte",
    value: "Valeur",
    help: "Ajoutez cet enregistrement chez votre fournisseur DNS, puis choisissez Vérifier. Les modifications DNS peuvent mettre quelques minutes à apparaître.",
    keep: "Laissez cet enregistrement publié.",
  },
  copy: "Copier",
  copyContext: "la valeur TXT de {domain}",
  copied: "Copié",
  copyManually: "La valeur est sélectionnée : appuyez sur Ctrl+C (⌘C sur Mac) pour la copier.",
  verify: "Vérifier",
  verifying: "Vérification…",
  verified: "{domain} est vérifié.",
  notVerified: "{domain} n'a pas pu être vérifié : {reason}",
  remove: {
    button: "Retirer",
    title: "Retirer {domain} ?",
    body: "Les contacts déjà ajoutés restent dans la liste. Les nouvelles personnes de ce domaine devront être invitées.",
    confirm: "Retirer le domaine",
    removing: "Retrait…",
  },
  errors: {
    invalid: "Saisissez un nom de domaine tel que exemple.fr.",
    freeMail: "{domain} est un fournisseur de messagerie gratuit : seul un domaine appartenant à votre organisation peut être vérifié.",
    duplicate: "Ce domaine figure déjà dans votre liste.",
    verifiedElsewhere:
      "Ce domaine, un domaine dont il fait partie ou l'un de ses sous-domaines est déjà vérifié par une autre organisation.",
    notFound: "Ce domaine ne figure pas dans votre liste ; il a peut-être été retiré.",
    publicSuffix:
      "{domain} est partagé par de nombreux propriétaires (un suffixe public) : saisissez le domaine propre à votre organisation, par exemple votre-entreprise.{domain}.",
    claimedElsewhere: "Ce domaine, ou un domaine dont il fait partie, est déjà vérifié par une autre organisation.",
  },
  check: {
    noRecord:
      "Aucun enregistrement TXT roster-verification n'a encore été trouvé sur le domaine. Les modifications DNS peuvent prendre du temps : réessayez plus tard.",
    mismatch: "Un enregistrement TXT roster-verification a été trouvé, mais sa valeur ne correspond pas à celle indiquée ici.",
    notFound: "Le domaine n'existe pas dans le DNS.",
    timeout: "La requête DNS a expiré : réessayez.",
    dnsError: "La requête DNS a échoué : réessayez plus tard.",
    takenByOther:
      "Ce domaine, un domaine dont il fait partie ou l'un de ses sous-domaines a été vérifié entre-temps par une autre organisation.",
    claimedElsewhere: "Ce domaine, ou un domaine dont il fait partie, a été vérifié entre-temps par une autre organisation.",
  },
};
