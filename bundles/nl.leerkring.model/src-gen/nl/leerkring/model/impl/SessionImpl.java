/**
 */
package nl.leerkring.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.time.LocalTime;
import java.util.Collection;

import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;

import nl.leerkring.model.StepTime;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getProtocolId <em>Protocol Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getProtocolVersion <em>Protocol Version</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getCurrentStep <em>Current Step</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#isActionReview <em>Action Review</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getCaseRounds <em>Case Rounds</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#isValueRound <em>Value Round</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getTrajectoryId <em>Trajectory Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getMeeting <em>Meeting</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getItems <em>Items</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.SessionImpl#getStepTimes <em>Step Times</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends MinimalEObjectImpl.Container implements Session {
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
	 * The default value of the '{@link #getProtocolId() <em>Protocol Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTOCOL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtocolId() <em>Protocol Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolId()
	 * @generated
	 * @ordered
	 */
	protected String protocolId = PROTOCOL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int PROTOCOL_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected int protocolVersion = PROTOCOL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected LocalTime startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SessionStatus STATUS_EDEFAULT = SessionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SessionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrentStep() <em>Current Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentStep()
	 * @generated
	 * @ordered
	 */
	protected static final int CURRENT_STEP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCurrentStep() <em>Current Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentStep()
	 * @generated
	 * @ordered
	 */
	protected int currentStep = CURRENT_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant UPDATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant updatedAt = UPDATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isActionReview() <em>Action Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActionReview()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTION_REVIEW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActionReview() <em>Action Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActionReview()
	 * @generated
	 * @ordered
	 */
	protected boolean actionReview = ACTION_REVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseRounds() <em>Case Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseRounds()
	 * @generated
	 * @ordered
	 */
	protected static final int CASE_ROUNDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCaseRounds() <em>Case Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseRounds()
	 * @generated
	 * @ordered
	 */
	protected int caseRounds = CASE_ROUNDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isValueRound() <em>Value Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isValueRound()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VALUE_ROUND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isValueRound() <em>Value Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isValueRound()
	 * @generated
	 * @ordered
	 */
	protected boolean valueRound = VALUE_ROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrajectoryId() <em>Trajectory Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectoryId()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAJECTORY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrajectoryId() <em>Trajectory Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectoryId()
	 * @generated
	 * @ordered
	 */
	protected String trajectoryId = TRAJECTORY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeeting() <em>Meeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeeting()
	 * @generated
	 * @ordered
	 */
	protected static final int MEETING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMeeting() <em>Meeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeeting()
	 * @generated
	 * @ordered
	 */
	protected int meeting = MEETING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<Item> items;

	/**
	 * The cached value of the '{@link #getStepTimes() <em>Step Times</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepTimes()
	 * @generated
	 * @ordered
	 */
	protected EList<StepTime> stepTimes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.SESSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtocolId() {
		return protocolId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolId(String newProtocolId) {
		String oldProtocolId = protocolId;
		protocolId = newProtocolId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__PROTOCOL_ID, oldProtocolId, protocolId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProtocolVersion() {
		return protocolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolVersion(int newProtocolVersion) {
		int oldProtocolVersion = protocolVersion;
		protocolVersion = newProtocolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__PROTOCOL_VERSION, oldProtocolVersion, protocolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol) {
		Protocol oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(LocalTime newStartTime) {
		LocalTime oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SessionStatus newStatus) {
		SessionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCurrentStep() {
		return currentStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentStep(int newCurrentStep) {
		int oldCurrentStep = currentStep;
		currentStep = newCurrentStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__CURRENT_STEP, oldCurrentStep, currentStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Instant newUpdatedAt) {
		Instant oldUpdatedAt = updatedAt;
		updatedAt = newUpdatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActionReview() {
		return actionReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionReview(boolean newActionReview) {
		boolean oldActionReview = actionReview;
		actionReview = newActionReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__ACTION_REVIEW, oldActionReview, actionReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCaseRounds() {
		return caseRounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseRounds(int newCaseRounds) {
		int oldCaseRounds = caseRounds;
		caseRounds = newCaseRounds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__CASE_ROUNDS, oldCaseRounds, caseRounds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isValueRound() {
		return valueRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueRound(boolean newValueRound) {
		boolean oldValueRound = valueRound;
		valueRound = newValueRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__VALUE_ROUND, oldValueRound, valueRound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrajectoryId() {
		return trajectoryId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrajectoryId(String newTrajectoryId) {
		String oldTrajectoryId = trajectoryId;
		trajectoryId = newTrajectoryId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__TRAJECTORY_ID, oldTrajectoryId, trajectoryId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMeeting() {
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeeting(int newMeeting) {
		int oldMeeting = meeting;
		meeting = newMeeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.SESSION__MEETING, oldMeeting, meeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, LeerkringPackage.SESSION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Item> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<Item>(Item.class, this, LeerkringPackage.SESSION__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepTime> getStepTimes() {
		if (stepTimes == null) {
			stepTimes = new EObjectContainmentEList<StepTime>(StepTime.class, this, LeerkringPackage.SESSION__STEP_TIMES);
		}
		return stepTimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LeerkringPackage.SESSION__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.SESSION__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.SESSION__STEP_TIMES:
				return ((InternalEList<?>)getStepTimes()).basicRemove(otherEnd, msgs);
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
			case LeerkringPackage.SESSION__ID:
				return getId();
			case LeerkringPackage.SESSION__PROTOCOL_ID:
				return getProtocolId();
			case LeerkringPackage.SESSION__PROTOCOL_VERSION:
				return getProtocolVersion();
			case LeerkringPackage.SESSION__PROTOCOL:
				return getProtocol();
			case LeerkringPackage.SESSION__TITLE:
				return getTitle();
			case LeerkringPackage.SESSION__GROUP:
				return getGroup();
			case LeerkringPackage.SESSION__DATE:
				return getDate();
			case LeerkringPackage.SESSION__START_TIME:
				return getStartTime();
			case LeerkringPackage.SESSION__STATUS:
				return getStatus();
			case LeerkringPackage.SESSION__CURRENT_STEP:
				return getCurrentStep();
			case LeerkringPackage.SESSION__UPDATED_AT:
				return getUpdatedAt();
			case LeerkringPackage.SESSION__ACTION_REVIEW:
				return isActionReview();
			case LeerkringPackage.SESSION__CASE_ROUNDS:
				return getCaseRounds();
			case LeerkringPackage.SESSION__VALUE_ROUND:
				return isValueRound();
			case LeerkringPackage.SESSION__TRAJECTORY_ID:
				return getTrajectoryId();
			case LeerkringPackage.SESSION__MEETING:
				return getMeeting();
			case LeerkringPackage.SESSION__PARTICIPANTS:
				return getParticipants();
			case LeerkringPackage.SESSION__ITEMS:
				return getItems();
			case LeerkringPackage.SESSION__STEP_TIMES:
				return getStepTimes();
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
			case LeerkringPackage.SESSION__ID:
				setId((String)newValue);
				return;
			case LeerkringPackage.SESSION__PROTOCOL_ID:
				setProtocolId((String)newValue);
				return;
			case LeerkringPackage.SESSION__PROTOCOL_VERSION:
				setProtocolVersion((Integer)newValue);
				return;
			case LeerkringPackage.SESSION__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case LeerkringPackage.SESSION__TITLE:
				setTitle((String)newValue);
				return;
			case LeerkringPackage.SESSION__GROUP:
				setGroup((String)newValue);
				return;
			case LeerkringPackage.SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case LeerkringPackage.SESSION__START_TIME:
				setStartTime((LocalTime)newValue);
				return;
			case LeerkringPackage.SESSION__STATUS:
				setStatus((SessionStatus)newValue);
				return;
			case LeerkringPackage.SESSION__CURRENT_STEP:
				setCurrentStep((Integer)newValue);
				return;
			case LeerkringPackage.SESSION__UPDATED_AT:
				setUpdatedAt((Instant)newValue);
				return;
			case LeerkringPackage.SESSION__ACTION_REVIEW:
				setActionReview((Boolean)newValue);
				return;
			case LeerkringPackage.SESSION__CASE_ROUNDS:
				setCaseRounds((Integer)newValue);
				return;
			case LeerkringPackage.SESSION__VALUE_ROUND:
				setValueRound((Boolean)newValue);
				return;
			case LeerkringPackage.SESSION__TRAJECTORY_ID:
				setTrajectoryId((String)newValue);
				return;
			case LeerkringPackage.SESSION__MEETING:
				setMeeting((Integer)newValue);
				return;
			case LeerkringPackage.SESSION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case LeerkringPackage.SESSION__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends Item>)newValue);
				return;
			case LeerkringPackage.SESSION__STEP_TIMES:
				getStepTimes().clear();
				getStepTimes().addAll((Collection<? extends StepTime>)newValue);
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
			case LeerkringPackage.SESSION__ID:
				setId(ID_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__PROTOCOL_ID:
				setProtocolId(PROTOCOL_ID_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__PROTOCOL_VERSION:
				setProtocolVersion(PROTOCOL_VERSION_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__PROTOCOL:
				setProtocol((Protocol)null);
				return;
			case LeerkringPackage.SESSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__CURRENT_STEP:
				setCurrentStep(CURRENT_STEP_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__ACTION_REVIEW:
				setActionReview(ACTION_REVIEW_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__CASE_ROUNDS:
				setCaseRounds(CASE_ROUNDS_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__VALUE_ROUND:
				setValueRound(VALUE_ROUND_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__TRAJECTORY_ID:
				setTrajectoryId(TRAJECTORY_ID_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__MEETING:
				setMeeting(MEETING_EDEFAULT);
				return;
			case LeerkringPackage.SESSION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case LeerkringPackage.SESSION__ITEMS:
				getItems().clear();
				return;
			case LeerkringPackage.SESSION__STEP_TIMES:
				getStepTimes().clear();
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
			case LeerkringPackage.SESSION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LeerkringPackage.SESSION__PROTOCOL_ID:
				return PROTOCOL_ID_EDEFAULT == null ? protocolId != null : !PROTOCOL_ID_EDEFAULT.equals(protocolId);
			case LeerkringPackage.SESSION__PROTOCOL_VERSION:
				return protocolVersion != PROTOCOL_VERSION_EDEFAULT;
			case LeerkringPackage.SESSION__PROTOCOL:
				return protocol != null;
			case LeerkringPackage.SESSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case LeerkringPackage.SESSION__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case LeerkringPackage.SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case LeerkringPackage.SESSION__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case LeerkringPackage.SESSION__STATUS:
				return status != STATUS_EDEFAULT;
			case LeerkringPackage.SESSION__CURRENT_STEP:
				return currentStep != CURRENT_STEP_EDEFAULT;
			case LeerkringPackage.SESSION__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case LeerkringPackage.SESSION__ACTION_REVIEW:
				return actionReview != ACTION_REVIEW_EDEFAULT;
			case LeerkringPackage.SESSION__CASE_ROUNDS:
				return caseRounds != CASE_ROUNDS_EDEFAULT;
			case LeerkringPackage.SESSION__VALUE_ROUND:
				return valueRound != VALUE_ROUND_EDEFAULT;
			case LeerkringPackage.SESSION__TRAJECTORY_ID:
				return TRAJECTORY_ID_EDEFAULT == null ? trajectoryId != null : !TRAJECTORY_ID_EDEFAULT.equals(trajectoryId);
			case LeerkringPackage.SESSION__MEETING:
				return meeting != MEETING_EDEFAULT;
			case LeerkringPackage.SESSION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case LeerkringPackage.SESSION__ITEMS:
				return items != null && !items.isEmpty();
			case LeerkringPackage.SESSION__STEP_TIMES:
				return stepTimes != null && !stepTimes.isEmpty();
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
		result.append(", protocolId: ");
		result.append(protocolId);
		result.append(", protocolVersion: ");
		result.append(protocolVersion);
		result.append(", title: ");
		result.append(title);
		result.append(", group: ");
		result.append(group);
		result.append(", date: ");
		result.append(date);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", status: ");
		result.append(status);
		result.append(", currentStep: ");
		result.append(currentStep);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(", actionReview: ");
		result.append(actionReview);
		result.append(", caseRounds: ");
		result.append(caseRounds);
		result.append(", valueRound: ");
		result.append(valueRound);
		result.append(", trajectoryId: ");
		result.append(trajectoryId);
		result.append(", meeting: ");
		result.append(meeting);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
