/**
 */
package nl.leerkring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A learning method as data: phases of ordered steps, the roles it knows and the kinds of items its steps collect.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Protocol#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getVersion <em>Version</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getFamily <em>Family</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getReference <em>Reference</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getOrigin <em>Origin</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getGroupSizeMin <em>Group Size Min</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getGroupSizeMax <em>Group Size Max</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#isDurationSourced <em>Duration Sourced</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#isGroupSizeSourced <em>Group Size Sourced</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#isFollowUpReview <em>Follow Up Review</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getReviewMinutes <em>Review Minutes</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#isReviewWithinDuration <em>Review Within Duration</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getLearningPreferences <em>Learning Preferences</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getRoles <em>Roles</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getItemKinds <em>Item Kinds</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getPhases <em>Phases</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.MethodFamily}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see nl.leerkring.model.MethodFamily
	 * @see #setFamily(MethodFamily)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Family()
	 * @model
	 * @generated
	 */
	MethodFamily getFamily();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see nl.leerkring.model.MethodFamily
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(MethodFamily value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Name()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the method comes from (source document or literature).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.ProtocolOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the steps come from the source documents, from the literature, or were inferred as a starting point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see nl.leerkring.model.ProtocolOrigin
	 * @see #setOrigin(ProtocolOrigin)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Origin()
	 * @model
	 * @generated
	 */
	ProtocolOrigin getOrigin();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see nl.leerkring.model.ProtocolOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(ProtocolOrigin value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Group Size Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smallest intended group; 0 when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Size Min</em>' attribute.
	 * @see #setGroupSizeMin(int)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_GroupSizeMin()
	 * @model
	 * @generated
	 */
	int getGroupSizeMin();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getGroupSizeMin <em>Group Size Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Size Min</em>' attribute.
	 * @see #getGroupSizeMin()
	 * @generated
	 */
	void setGroupSizeMin(int value);

	/**
	 * Returns the value of the '<em><b>Group Size Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest intended group; 0 when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Size Max</em>' attribute.
	 * @see #setGroupSizeMax(int)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_GroupSizeMax()
	 * @model
	 * @generated
	 */
	int getGroupSizeMax();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getGroupSizeMax <em>Group Size Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Size Max</em>' attribute.
	 * @see #getGroupSizeMax()
	 * @generated
	 */
	void setGroupSizeMax(int value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intended total duration; 0 when not stated. The step timeboxes should add up to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Duration Sourced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source states the duration; otherwise it is Leerkring's own choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Sourced</em>' attribute.
	 * @see #setDurationSourced(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_DurationSourced()
	 * @model
	 * @generated
	 */
	boolean isDurationSourced();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#isDurationSourced <em>Duration Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Sourced</em>' attribute.
	 * @see #isDurationSourced()
	 * @generated
	 */
	void setDurationSourced(boolean value);

	/**
	 * Returns the value of the '<em><b>Group Size Sourced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source states the group size; otherwise it is Leerkring's own choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Size Sourced</em>' attribute.
	 * @see #setGroupSizeSourced(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_GroupSizeSourced()
	 * @model
	 * @generated
	 */
	boolean isGroupSizeSourced();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#isGroupSizeSourced <em>Group Size Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Size Sourced</em>' attribute.
	 * @see #isGroupSizeSourced()
	 * @generated
	 */
	void setGroupSizeSourced(boolean value);

	/**
	 * Returns the value of the '<em><b>Follow Up Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A session of this protocol starts by reviewing the still-open actions of the group's earlier sessions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up Review</em>' attribute.
	 * @see #setFollowUpReview(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_FollowUpReview()
	 * @model
	 * @generated
	 */
	boolean isFollowUpReview();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#isFollowUpReview <em>Follow Up Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Review</em>' attribute.
	 * @see #isFollowUpReview()
	 * @generated
	 */
	void setFollowUpReview(boolean value);

	/**
	 * Returns the value of the '<em><b>Review Minutes</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The timebox of the follow-up review in a session of this protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Minutes</em>' attribute.
	 * @see #setReviewMinutes(int)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_ReviewMinutes()
	 * @model default="15"
	 * @generated
	 */
	int getReviewMinutes();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getReviewMinutes <em>Review Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Minutes</em>' attribute.
	 * @see #getReviewMinutes()
	 * @generated
	 */
	void setReviewMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Review Within Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The method's stated duration includes the review (a bordsessie is fifteen minutes in all): the steps and the review add up to it. Otherwise the review comes on top.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Within Duration</em>' attribute.
	 * @see #setReviewWithinDuration(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_ReviewWithinDuration()
	 * @model
	 * @generated
	 */
	boolean isReviewWithinDuration();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#isReviewWithinDuration <em>Review Within Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Within Duration</em>' attribute.
	 * @see #isReviewWithinDuration()
	 * @generated
	 */
	void setReviewWithinDuration(boolean value);

	/**
	 * Returns the value of the '<em><b>Learning Preferences</b></em>' attribute list.
	 * The list contents are of type {@link nl.leerkring.model.LearningPreference}.
	 * The literals are from the enumeration {@link nl.leerkring.model.LearningPreference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The learning preferences (Ruijters) the method serves, so a lead can vary a group's diet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Preferences</em>' attribute list.
	 * @see nl.leerkring.model.LearningPreference
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_LearningPreferences()
	 * @model
	 * @generated
	 */
	EList<LearningPreference> getLearningPreferences();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Item Kinds</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Kinds</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_ItemKinds()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemKind> getItemKinds();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A trajectory method runs over these meetings, each a session with the method's steps, with weeks (and a trial period) between them; none for a method of one meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Meetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Meeting> getMeetings();

} // Protocol
