/**
 */
package nl.leerkring.model.impl;

import java.util.Collection;

import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LearningPreference;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.MethodFamily;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.ProtocolOrigin;
import nl.leerkring.model.Role;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getGroupSizeMin <em>Group Size Min</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getGroupSizeMax <em>Group Size Max</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#isDurationSourced <em>Duration Sourced</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#isGroupSizeSourced <em>Group Size Sourced</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#isFollowUpReview <em>Follow Up Review</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getReviewMinutes <em>Review Minutes</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#isReviewWithinDuration <em>Review Within Duration</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getLearningPreferences <em>Learning Preferences</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getItemKinds <em>Item Kinds</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ProtocolImpl#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolImpl extends MinimalEObjectImpl.Container implements Protocol {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final MethodFamily FAMILY_EDEFAULT = MethodFamily.ACTIELEREN;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected MethodFamily family = FAMILY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText name;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText description;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final ProtocolOrigin ORIGIN_EDEFAULT = ProtocolOrigin.SOURCES;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected ProtocolOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupSizeMin() <em>Group Size Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSizeMin()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUP_SIZE_MIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGroupSizeMin() <em>Group Size Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSizeMin()
	 * @generated
	 * @ordered
	 */
	protected int groupSizeMin = GROUP_SIZE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupSizeMax() <em>Group Size Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSizeMax()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUP_SIZE_MAX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGroupSizeMax() <em>Group Size Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSizeMax()
	 * @generated
	 * @ordered
	 */
	protected int groupSizeMax = GROUP_SIZE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isDurationSourced() <em>Duration Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDurationSourced()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DURATION_SOURCED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDurationSourced() <em>Duration Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDurationSourced()
	 * @generated
	 * @ordered
	 */
	protected boolean durationSourced = DURATION_SOURCED_EDEFAULT;

	/**
	 * The default value of the '{@link #isGroupSizeSourced() <em>Group Size Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroupSizeSourced()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GROUP_SIZE_SOURCED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGroupSizeSourced() <em>Group Size Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroupSizeSourced()
	 * @generated
	 * @ordered
	 */
	protected boolean groupSizeSourced = GROUP_SIZE_SOURCED_EDEFAULT;

	/**
	 * The default value of the '{@link #isFollowUpReview() <em>Follow Up Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFollowUpReview()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOLLOW_UP_REVIEW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFollowUpReview() <em>Follow Up Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFollowUpReview()
	 * @generated
	 * @ordered
	 */
	protected boolean followUpReview = FOLLOW_UP_REVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewMinutes() <em>Review Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEW_MINUTES_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getReviewMinutes() <em>Review Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewMinutes()
	 * @generated
	 * @ordered
	 */
	protected int reviewMinutes = REVIEW_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isReviewWithinDuration() <em>Review Within Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReviewWithinDuration()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVIEW_WITHIN_DURATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReviewWithinDuration() <em>Review Within Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReviewWithinDuration()
	 * @generated
	 * @ordered
	 */
	protected boolean reviewWithinDuration = REVIEW_WITHIN_DURATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLearningPreferences() <em>Learning Preferences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningPreferences()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningPreference> learningPreferences;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getItemKinds() <em>Item Kinds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemKind> itemKinds;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.PROTOCOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MethodFamily getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(MethodFamily newFamily) {
		MethodFamily oldFamily = family;
		family = newFamily == null ? FAMILY_EDEFAULT : newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetName(LocalizedText newName, NotificationChain msgs) {
		LocalizedText oldName = name;
		name = newName;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__NAME, oldName, newName);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(LocalizedText newName) {
		if (newName != name) {
			NotificationChain msgs = null;
			if (name != null)
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.PROTOCOL__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.PROTOCOL__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDescription(LocalizedText newDescription, NotificationChain msgs) {
		LocalizedText oldDescription = description;
		description = newDescription;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__DESCRIPTION, oldDescription, newDescription);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(LocalizedText newDescription) {
		if (newDescription != description) {
			NotificationChain msgs = null;
			if (description != null)
				msgs = ((InternalEObject)description).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.PROTOCOL__DESCRIPTION, null, msgs);
			if (newDescription != null)
				msgs = ((InternalEObject)newDescription).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.PROTOCOL__DESCRIPTION, null, msgs);
			msgs = basicSetDescription(newDescription, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__DESCRIPTION, newDescription, newDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(ProtocolOrigin newOrigin) {
		ProtocolOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroupSizeMin() {
		return groupSizeMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupSizeMin(int newGroupSizeMin) {
		int oldGroupSizeMin = groupSizeMin;
		groupSizeMin = newGroupSizeMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__GROUP_SIZE_MIN, oldGroupSizeMin, groupSizeMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroupSizeMax() {
		return groupSizeMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupSizeMax(int newGroupSizeMax) {
		int oldGroupSizeMax = groupSizeMax;
		groupSizeMax = newGroupSizeMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__GROUP_SIZE_MAX, oldGroupSizeMax, groupSizeMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDurationSourced() {
		return durationSourced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationSourced(boolean newDurationSourced) {
		boolean oldDurationSourced = durationSourced;
		durationSourced = newDurationSourced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__DURATION_SOURCED, oldDurationSourced, durationSourced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGroupSizeSourced() {
		return groupSizeSourced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupSizeSourced(boolean newGroupSizeSourced) {
		boolean oldGroupSizeSourced = groupSizeSourced;
		groupSizeSourced = newGroupSizeSourced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__GROUP_SIZE_SOURCED, oldGroupSizeSourced, groupSizeSourced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFollowUpReview() {
		return followUpReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpReview(boolean newFollowUpReview) {
		boolean oldFollowUpReview = followUpReview;
		followUpReview = newFollowUpReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__FOLLOW_UP_REVIEW, oldFollowUpReview, followUpReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewMinutes() {
		return reviewMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewMinutes(int newReviewMinutes) {
		int oldReviewMinutes = reviewMinutes;
		reviewMinutes = newReviewMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__REVIEW_MINUTES, oldReviewMinutes, reviewMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReviewWithinDuration() {
		return reviewWithinDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewWithinDuration(boolean newReviewWithinDuration) {
		boolean oldReviewWithinDuration = reviewWithinDuration;
		reviewWithinDuration = newReviewWithinDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.PROTOCOL__REVIEW_WITHIN_DURATION, oldReviewWithinDuration, reviewWithinDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningPreference> getLearningPreferences() {
		if (learningPreferences == null) {
			learningPreferences = new EDataTypeUniqueEList<LearningPreference>(LearningPreference.class, this, LeerkringPackage.PROTOCOL__LEARNING_PREFERENCES);
		}
		return learningPreferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, LeerkringPackage.PROTOCOL__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemKind> getItemKinds() {
		if (itemKinds == null) {
			itemKinds = new EObjectContainmentEList<ItemKind>(ItemKind.class, this, LeerkringPackage.PROTOCOL__ITEM_KINDS);
		}
		return itemKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<Phase>(Phase.class, this, LeerkringPackage.PROTOCOL__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, LeerkringPackage.PROTOCOL__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LeerkringPackage.PROTOCOL__NAME:
				return basicSetName(null, msgs);
			case LeerkringPackage.PROTOCOL__DESCRIPTION:
				return basicSetDescription(null, msgs);
			case LeerkringPackage.PROTOCOL__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.PROTOCOL__ITEM_KINDS:
				return ((InternalEList<?>)getItemKinds()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.PROTOCOL__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.PROTOCOL__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.PROTOCOL__ID:
				return getId();
			case LeerkringPackage.PROTOCOL__VERSION:
				return getVersion();
			case LeerkringPackage.PROTOCOL__FAMILY:
				return getFamily();
			case LeerkringPackage.PROTOCOL__NAME:
				return getName();
			case LeerkringPackage.PROTOCOL__DESCRIPTION:
				return getDescription();
			case LeerkringPackage.PROTOCOL__REFERENCE:
				return getReference();
			case LeerkringPackage.PROTOCOL__ORIGIN:
				return getOrigin();
			case LeerkringPackage.PROTOCOL__AUTHOR:
				return getAuthor();
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MIN:
				return getGroupSizeMin();
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MAX:
				return getGroupSizeMax();
			case LeerkringPackage.PROTOCOL__DURATION_MINUTES:
				return getDurationMinutes();
			case LeerkringPackage.PROTOCOL__DURATION_SOURCED:
				return isDurationSourced();
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_SOURCED:
				return isGroupSizeSourced();
			case LeerkringPackage.PROTOCOL__FOLLOW_UP_REVIEW:
				return isFollowUpReview();
			case LeerkringPackage.PROTOCOL__REVIEW_MINUTES:
				return getReviewMinutes();
			case LeerkringPackage.PROTOCOL__REVIEW_WITHIN_DURATION:
				return isReviewWithinDuration();
			case LeerkringPackage.PROTOCOL__LEARNING_PREFERENCES:
				return getLearningPreferences();
			case LeerkringPackage.PROTOCOL__ROLES:
				return getRoles();
			case LeerkringPackage.PROTOCOL__ITEM_KINDS:
				return getItemKinds();
			case LeerkringPackage.PROTOCOL__PHASES:
				return getPhases();
			case LeerkringPackage.PROTOCOL__MEETINGS:
				return getMeetings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LeerkringPackage.PROTOCOL__ID:
				setId((String)newValue);
				return;
			case LeerkringPackage.PROTOCOL__VERSION:
				setVersion((Integer)newValue);
				return;
			case LeerkringPackage.PROTOCOL__FAMILY:
				setFamily((MethodFamily)newValue);
				return;
			case LeerkringPackage.PROTOCOL__NAME:
				setName((LocalizedText)newValue);
				return;
			case LeerkringPackage.PROTOCOL__DESCRIPTION:
				setDescription((LocalizedText)newValue);
				return;
			case LeerkringPackage.PROTOCOL__REFERENCE:
				setReference((String)newValue);
				return;
			case LeerkringPackage.PROTOCOL__ORIGIN:
				setOrigin((ProtocolOrigin)newValue);
				return;
			case LeerkringPackage.PROTOCOL__AUTHOR:
				setAuthor((String)newValue);
				return;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MIN:
				setGroupSizeMin((Integer)newValue);
				return;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MAX:
				setGroupSizeMax((Integer)newValue);
				return;
			case LeerkringPackage.PROTOCOL__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case LeerkringPackage.PROTOCOL__DURATION_SOURCED:
				setDurationSourced((Boolean)newValue);
				return;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_SOURCED:
				setGroupSizeSourced((Boolean)newValue);
				return;
			case LeerkringPackage.PROTOCOL__FOLLOW_UP_REVIEW:
				setFollowUpReview((Boolean)newValue);
				return;
			case LeerkringPackage.PROTOCOL__REVIEW_MINUTES:
				setReviewMinutes((Integer)newValue);
				return;
			case LeerkringPackage.PROTOCOL__REVIEW_WITHIN_DURATION:
				setReviewWithinDuration((Boolean)newValue);
				return;
			case LeerkringPackage.PROTOCOL__LEARNING_PREFERENCES:
				getLearningPreferences().clear();
				getLearningPreferences().addAll((Collection<? extends LearningPreference>)newValue);
				return;
			case LeerkringPackage.PROTOCOL__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case LeerkringPackage.PROTOCOL__ITEM_KINDS:
				getItemKinds().clear();
				getItemKinds().addAll((Collection<? extends ItemKind>)newValue);
				return;
			case LeerkringPackage.PROTOCOL__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case LeerkringPackage.PROTOCOL__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LeerkringPackage.PROTOCOL__ID:
				setId(ID_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__NAME:
				setName((LocalizedText)null);
				return;
			case LeerkringPackage.PROTOCOL__DESCRIPTION:
				setDescription((LocalizedText)null);
				return;
			case LeerkringPackage.PROTOCOL__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MIN:
				setGroupSizeMin(GROUP_SIZE_MIN_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MAX:
				setGroupSizeMax(GROUP_SIZE_MAX_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__DURATION_SOURCED:
				setDurationSourced(DURATION_SOURCED_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_SOURCED:
				setGroupSizeSourced(GROUP_SIZE_SOURCED_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__FOLLOW_UP_REVIEW:
				setFollowUpReview(FOLLOW_UP_REVIEW_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__REVIEW_MINUTES:
				setReviewMinutes(REVIEW_MINUTES_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__REVIEW_WITHIN_DURATION:
				setReviewWithinDuration(REVIEW_WITHIN_DURATION_EDEFAULT);
				return;
			case LeerkringPackage.PROTOCOL__LEARNING_PREFERENCES:
				getLearningPreferences().clear();
				return;
			case LeerkringPackage.PROTOCOL__ROLES:
				getRoles().clear();
				return;
			case LeerkringPackage.PROTOCOL__ITEM_KINDS:
				getItemKinds().clear();
				return;
			case LeerkringPackage.PROTOCOL__PHASES:
				getPhases().clear();
				return;
			case LeerkringPackage.PROTOCOL__MEETINGS:
				getMeetings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LeerkringPackage.PROTOCOL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LeerkringPackage.PROTOCOL__VERSION:
				return version != VERSION_EDEFAULT;
			case LeerkringPackage.PROTOCOL__FAMILY:
				return family != FAMILY_EDEFAULT;
			case LeerkringPackage.PROTOCOL__NAME:
				return name != null;
			case LeerkringPackage.PROTOCOL__DESCRIPTION:
				return description != null;
			case LeerkringPackage.PROTOCOL__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case LeerkringPackage.PROTOCOL__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case LeerkringPackage.PROTOCOL__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MIN:
				return groupSizeMin != GROUP_SIZE_MIN_EDEFAULT;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_MAX:
				return groupSizeMax != GROUP_SIZE_MAX_EDEFAULT;
			case LeerkringPackage.PROTOCOL__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case LeerkringPackage.PROTOCOL__DURATION_SOURCED:
				return durationSourced != DURATION_SOURCED_EDEFAULT;
			case LeerkringPackage.PROTOCOL__GROUP_SIZE_SOURCED:
				return groupSizeSourced != GROUP_SIZE_SOURCED_EDEFAULT;
			case LeerkringPackage.PROTOCOL__FOLLOW_UP_REVIEW:
				return followUpReview != FOLLOW_UP_REVIEW_EDEFAULT;
			case LeerkringPackage.PROTOCOL__REVIEW_MINUTES:
				return reviewMinutes != REVIEW_MINUTES_EDEFAULT;
			case LeerkringPackage.PROTOCOL__REVIEW_WITHIN_DURATION:
				return reviewWithinDuration != REVIEW_WITHIN_DURATION_EDEFAULT;
			case LeerkringPackage.PROTOCOL__LEARNING_PREFERENCES:
				return learningPreferences != null && !learningPreferences.isEmpty();
			case LeerkringPackage.PROTOCOL__ROLES:
				return roles != null && !roles.isEmpty();
			case LeerkringPackage.PROTOCOL__ITEM_KINDS:
				return itemKinds != null && !itemKinds.isEmpty();
			case LeerkringPackage.PROTOCOL__PHASES:
				return phases != null && !phases.isEmpty();
			case LeerkringPackage.PROTOCOL__MEETINGS:
				return meetings != null && !meetings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", version: ");
		result.append(version);
		result.append(", family: ");
		result.append(family);
		result.append(", reference: ");
		result.append(reference);
		result.append(", origin: ");
		result.append(origin);
		result.append(", author: ");
		result.append(author);
		result.append(", groupSizeMin: ");
		result.append(groupSizeMin);
		result.append(", groupSizeMax: ");
		result.append(groupSizeMax);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", durationSourced: ");
		result.append(durationSourced);
		result.append(", groupSizeSourced: ");
		result.append(groupSizeSourced);
		result.append(", followUpReview: ");
		result.append(followUpReview);
		result.append(", reviewMinutes: ");
		result.append(reviewMinutes);
		result.append(", reviewWithinDuration: ");
		result.append(reviewWithinDuration);
		result.append(", learningPreferences: ");
		result.append(learningPreferences);
		result.append(')');
		return result.toString();
	}

} //ProtocolImpl
